/** Base64 <-> bytes without a data: URL round trip (no fetch, nothing that looks like a request). */
export function bytesFromBase64(data: string): Uint8Array {
  const binary = atob(data.replace(/^data:[^,]*,/, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Reads a file as base64 off the page's main thread (FileReader works in the background). */
export function base64FromBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('file could not be read'));
    reader.readAsDataURL(blob);
  });
}
