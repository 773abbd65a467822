export { createStaffUser } from './create-staff-user.ts';
export { type StaffRow, staffRepository } from './staff.repository.ts';
export { passwordLinkRoutes, staffAdminRoutes } from './staff.routes.ts';
export { coachesOfUnits, isCoachOfUnit } from './staff-lookup.ts';
