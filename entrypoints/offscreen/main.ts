import { browser } from 'wxt/browser';
import { MediaAnalyser } from '../../lib/media/analyse';
import { listenForPhotos } from '../../lib/media/listen';

// Chrome's offscreen document (reason WORKERS): the Tesseract worker and the face detector live here.
const analyser = new MediaAnalyser(document, (path) => browser.runtime.getURL(path as '/'));
listenForPhotos(analyser);
