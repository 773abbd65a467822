export { type EmployerRow, employerRepository } from './employer.repository.ts';
export { employerRoutes } from './employer.routes.ts';
