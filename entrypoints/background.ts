export default defineBackground(() => {
  // The checker service is wired in by the composer work (lib/messaging).
});
