/** Test support for the page side: files with chosen metadata. */
import { jpegHeadersOnly } from '../../media/testing';

/** A JPEG (headers only, no picture) whose EXIF holds a GPS position in Amsterdam and a camera make. */
export const jpegWithLocation = () => jpegHeadersOnly({ make: 'Canon', gps: { lat: 52.37, lon: 4.89 } });
