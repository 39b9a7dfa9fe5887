import { builtExtensionId } from './harness';
import { buildFixtures } from './build-fixtures';

/** Once per e2e run: fail early if the extension is not built, then bundle the fixture pages. */
export default async function setup(): Promise<void> {
  builtExtensionId();
  await buildFixtures();
}
