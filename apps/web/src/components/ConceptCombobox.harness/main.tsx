// A page with nothing but the combobox, for its browser test (e2e/concept-combobox.test.ts).
// Not part of the app build.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../styles/global.css';
import '../../i18n/index.ts';
import { ConceptCombobox, type ConceptOption } from '../ConceptCombobox.tsx';

function Harness() {
  const [occupation, setOccupation] = useState<ConceptOption | null>(null);
  const [skill, setSkill] = useState<string | null>('S_saved');
  return (
    <main className="page">
      <h1>Testsida</h1>
      <ConceptCombobox
        label="Yrke"
        description="Sök bland yrken"
        value={occupation?.id ?? null}
        onChange={setOccupation}
        name="occupation"
      />
      <p>
        Valt yrke: <output data-testid="occupation">{occupation ? occupation.id : 'inget'}</output>
      </p>
      <ConceptCombobox
        label="Kompetens"
        kind="skill"
        value={skill}
        onChange={(c) => setSkill(c?.id ?? null)}
      />
      <p>
        Vald kompetens: <output data-testid="skill">{skill ?? 'ingen'}</output>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
    <Harness />
  </QueryClientProvider>,
);
