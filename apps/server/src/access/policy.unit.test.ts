import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Action,
  type Area,
  decide,
  policy,
  type Relationship,
  type Role,
  roleMayEver,
} from './policy.ts';

const roles: Role[] = ['coach', 'manager', 'admin', 'liaison'];
const relationships: Array<Relationship | 'none'> = ['current', 'former', 'unit', 'municipality', 'none'];
const actions: Action[] = ['read', 'create', 'write', 'reassign', 'correct', 'correct_identity'];
const areas = Object.keys(policy) as Area[];

const cell = fc.record({
  area: fc.constantFrom(...areas),
  role: fc.constantFrom(...roles),
  relationship: fc.constantFrom(...relationships),
  action: fc.constantFrom(...actions),
});

describe('the policy table', () => {
  it('never grants anything without a relationship', () => {
    fc.assert(fc.property(cell, (c) => decide(c.area, c.role, 'none', c.action) === undefined));
  });

  it('a former relationship is read-only and shows nothing current', () => {
    fc.assert(
      fc.property(cell, (c) => {
        const grant = decide(c.area, c.role, 'former', c.action);
        if (c.action !== 'read') return grant === undefined;
        return (
          grant?.caseFields === undefined || (!grant.caseFields.contact && !grant.caseFields.adaptations)
        );
      }),
    );
  });

  it('adaptations (special-category data) are for the coach of the current unit only', () => {
    fc.assert(
      fc.property(cell, (c) => {
        const grant = decide(c.area, c.role, c.relationship, c.action);
        return !grant?.caseFields?.adaptations || (c.role === 'coach' && c.relationship === 'current');
      }),
    );
  });

  it('administration is for admins only, and admins get nothing else; liaisons see no names and no case files', () => {
    fc.assert(
      fc.property(cell, (c) => {
        const grant = decide(c.area, c.role, c.relationship, c.action);
        if (c.area === 'administration')
          return grant === undefined || (c.role === 'admin' && c.relationship === 'municipality');
        if (c.role === 'admin') return grant === undefined;
        if (c.role === 'liaison') return grant?.names !== true && grant?.caseFields === undefined;
        return true;
      }),
    );
  });

  it('an admin reads, creates and changes in the administration of their municipality', () => {
    for (const action of ['read', 'create', 'write'] as const) {
      expect(decide('administration', 'admin', 'municipality', action)).toBeDefined();
    }
  });

  it('roleMayEver agrees with the cells', () => {
    fc.assert(
      fc.property(cell, (c) => {
        const any = relationships.some((r) => decide(c.area, c.role, r, c.action) !== undefined);
        return roleMayEver(c.area, c.role, c.action) === any;
      }),
    );
  });
});
