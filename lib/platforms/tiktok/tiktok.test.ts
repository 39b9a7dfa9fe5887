// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { tiktok } from '.';

afterEach(() => history.replaceState({}, '', '/'));

it("reads the surface from TikTok's routes: Studio's upload and edit pages, its comment pages, messages, a video", () => {
  document.body.innerHTML = '<div id="box" contenteditable="true"></div>';
  const box = document.getElementById('box')!;
  const at = (path: string) => {
    history.replaceState({}, '', path);
    return tiktok.surfaceOf!(box);
  };
  expect(at('/tiktokstudio/upload?from=webapp')).toBe('caption');
  expect(at('/tiktokstudio/content/7300000000000000002/edit')).toBe('caption');
  expect(at('/creator-center/upload')).toBe('caption');
  expect(at('/tiktokstudio/comment')).toBe('reply');
  expect(at('/messages')).toBe('message');
  expect(at('/@zorgteam/video/7300000000000000001')).toBe('comment');
  expect(at('/foryou')).toBe(null);
});
