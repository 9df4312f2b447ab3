/**
 * PDF in the browser: the browser's own print dialog (Save as PDF) on the rendered rubric,
 * printed from a hidden frame so the studio itself is not what gets printed.
 */
export function printHtml(html: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    // No scripts in the printed page, whatever it contains; modals only so print() may open.
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        if (!view) {
          frame.remove();
          resolve();
          return;
        }
        // print() blocks until the dialog closes in most browsers; afterprint covers the rest.
        view.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 0), { once: true });
        view.focus();
        view.print();
        resolve();
      },
      { once: true },
    );
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
