import type { AppContext } from '../context.ts';
import { seedEmployersDemo } from './employers-demo.ts';
import { seedParticipantsDemo } from './participants-demo.ts';

/** Each module that has demo data adds its seeder here; they run in order on an empty database. */
export type DemoSeeder = (ctx: AppContext, options: { seed: number }) => Promise<void>;

export const demoSeeders: DemoSeeder[] = [seedParticipantsDemo, seedEmployersDemo];
