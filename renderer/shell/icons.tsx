/** Small line icons (16px, currentColor) so the toolbar reads at a glance in both themes. */
type IconName = 'new' | 'open' | 'save' | 'export' | 'parity' | 'rubric' | 'chevron' | 'more' | 'outline' | 'preview' | 'undo' | 'redo' | 'format';

const paths: Record<IconName, string> = {
  new: 'M4 1.5h5l3 3v10H4zM9 1.5v3h3M8 7.5v5M5.5 10h5',
  open: 'M1.5 4V13h11.5l1.5-6H4.5L3 13M1.5 4V2.5h4l1.5 1.5h5.5V7',
  save: 'M2.5 2.5h9l2 2v9h-11zM5 2.5v3.5h5.5V2.5M4.5 13.5v-4h7v4',
  export: 'M8 10V1.5M5 4.5l3-3 3 3M3 8v5.5h10V8',
  parity: 'M2 3h5v4H2zM9 3h5v4H9zM2 9h5v4H2zM9 9h5v4H9z',
  rubric: 'M3 2.5h10v11H3zM5.5 5.5h5M5.5 8h5M5.5 10.5h3',
  chevron: 'M4.5 6.5L8 10l3.5-3.5',
  more: 'M3.5 8h.01M8 8h.01M12.5 8h.01',
  outline: 'M2.5 3.5h11M5 6.5h8.5M5 9.5h8.5M2.5 12.5h11',
  preview: 'M1.5 8s2.5-4.5 6.5-4.5S14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8zM8 10a2 2 0 100-4 2 2 0 000 4z',
  undo: 'M5 3.5L2 6.5l3 3M2 6.5h7.5a3.5 3.5 0 010 7H7',
  redo: 'M11 3.5l3 3-3 3M14 6.5H6.5a3.5 3.5 0 000 7H9',
  format: 'M2.5 3.5h11M2.5 6.5h7M2.5 9.5h11M2.5 12.5h7',
};

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={`icon ${className ?? ''}`} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth={name === 'more' ? 2.4 : 1.3} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
