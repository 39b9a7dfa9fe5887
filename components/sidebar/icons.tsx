import type { Severity } from '../../lib/checker/types';

/** Icons are decoration next to text that says the same, so screen readers skip them. */
const base = {
  'aria-hidden': 'true',
  focusable: 'false',
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
} as const;

export function SeverityIcon({ severity }: { severity: Severity }) {
  if (severity === 'stop')
    return (
      <svg {...base} class="icon">
        <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor" />
        <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="#fff" stroke-width="1.8" stroke-linecap="round" />
      </svg>
    );
  if (severity === 'check')
    return (
      <svg {...base} class="icon">
        <path d="M8 1.2L15.2 14H.8z" fill="currentColor" stroke="currentColor" stroke-linejoin="round" />
        <path d="M8 5.6v4" stroke="#fff" stroke-width="1.8" stroke-linecap="round" />
        <circle cx="8" cy="11.8" r="1" fill="#fff" />
      </svg>
    );
  return (
    <svg {...base} class="icon">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 7.2v4.3" stroke="#fff" stroke-width="1.8" stroke-linecap="round" />
      <circle cx="8" cy="4.6" r="1" fill="#fff" />
    </svg>
  );
}

export function LockIcon() {
  return (
    <svg {...base} class="icon">
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
      <path d="M5.2 7V5a2.8 2.8 0 015.6 0v2" fill="none" stroke="currentColor" stroke-width="1.6" />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg {...base} class="icon">
      <path
        d="M3 8.5l3.2 3L13 4.5"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

export function InfoIcon() {
  return (
    <svg {...base} class="icon">
      <circle cx="8" cy="8" r="6.3" fill="none" stroke="currentColor" stroke-width="1.5" />
      <path d="M8 7.2v4" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      <circle cx="8" cy="4.8" r=".9" fill="currentColor" />
    </svg>
  );
}

/** A bar, as on a window's minimise button: folds the panel into the badge. */
export function CollapseIcon() {
  return (
    <svg {...base} class="icon">
      <path d="M3.5 8h9" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    </svg>
  );
}

/** The mark: a shield with a heart line, drawn here so nothing is fetched. */
export function LogoMark({ size = 20 }: { size?: number }) {
  return (
    <svg aria-hidden="true" focusable="false" width={size} height={size} viewBox="0 0 20 20" class="logo">
      <path d="M10 1.5l7 2.6v5.2c0 4.3-3 7.6-7 9.2-4-1.6-7-4.9-7-9.2V4.1z" fill="currentColor" />
      <path
        d="M5.5 10h2.2l1.2-2.4 2 4.6 1.3-2.2h2.3"
        fill="none"
        stroke="#fff"
        stroke-width="1.6"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
