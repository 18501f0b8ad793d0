/**
 * Ends the current task and carries on in a new one, so the browser can paint and answer input
 * between two pieces of work that would together be one long task (docs/performance.md). A message
 * on a MessageChannel, not setTimeout(0), which browsers stretch to 4 ms after a few nested calls;
 * setTimeout where there is no MessageChannel. Works the same in node, for the command line.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
