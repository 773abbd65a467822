// Small helpers so that route files stay a list of routes.
export const jsonBody = <T>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true as const },
});
export const jsonOk = <T>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
