export { createMailer, type Mailer } from './mailer.ts';
export { outboxSendJob } from './outbox.jobs.ts';
export { type OutboxRow, outboxRepository } from './outbox.repository.ts';
export { sendPendingMail } from './send-outbox.ts';
