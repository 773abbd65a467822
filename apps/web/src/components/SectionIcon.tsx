import type { SectionKey } from '../app/feature.ts';

// Simple 24×24 line icons, decorative only (the card's heading carries the meaning).
const paths: Record<SectionKey, string[]> = {
  participant: [
    'M16 19v-1.5a3.5 3.5 0 0 0-3.5-3.5h-5A3.5 3.5 0 0 0 4 17.5V19',
    'M10 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
    'M20 19v-1.5a3.5 3.5 0 0 0-2.5-3.35',
    'M15.5 5.15a3 3 0 0 1 0 5.7',
  ],
  employer: [
    'M4 20V7l6-3v16',
    'M10 9h10v11',
    'M3 20h18',
    'M13.5 12.5h3',
    'M13.5 16h3',
    'M6.5 9.5h1',
    'M6.5 13h1',
  ],
  recruitmentNeed: ['M9 4h6v3H9z', 'M7 5.5H5.5V20h13V5.5H17', 'M9 11h6', 'M9 14.5h6', 'M9 18h3'],
  matching: [
    'M7 8a3 3 0 1 0 0-.01',
    'M17 19a3 3 0 1 0 0-.01',
    'M10 8h3a3 3 0 0 1 3 3v2',
    'M14 16h-3a3 3 0 0 1-3-3v-2',
  ],
  followUp: ['M4.5 6.5h15V20h-15z', 'M4.5 10.5h15', 'M8.5 4v4', 'M15.5 4v4', 'M9 15l2 2 4-4'],
  statistics: ['M4 20h16', 'M7 20v-6', 'M12 20V8', 'M17 20v-9'],
  admin: [
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
    'M19 12a7 7 0 0 0-.1-1.2l2-1.5-2-3.4-2.3.9a7 7 0 0 0-2.1-1.2L14 3h-4l-.5 2.6a7 7 0 0 0-2.1 1.2l-2.3-.9-2 3.4 2 1.5a7 7 0 0 0 0 2.4l-2 1.5 2 3.4 2.3-.9a7 7 0 0 0 2.1 1.2L10 21h4l.5-2.6a7 7 0 0 0 2.1-1.2l2.3.9 2-3.4-2-1.5c.07-.39.1-.79.1-1.2z',
  ],
};

export function SectionIcon({ section }: { section: SectionKey }) {
  return (
    <svg
      className="section-icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[section].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
