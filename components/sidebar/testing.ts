import { vi } from 'vitest';
import type { SidebarActions } from './contract';

/** Sidebar actions that record their calls, for component tests. */
export function spyActions() {
  return {
    applySuggestion: vi.fn<SidebarActions['applySuggestion']>(),
    reveal: vi.fn<SidebarActions['reveal']>(),
    ignore: vi.fn<SidebarActions['ignore']>(),
    addWord: vi.fn<SidebarActions['addWord']>(),
    setCollapsed: vi.fn<SidebarActions['setCollapsed']>(),
    copyText: vi.fn<SidebarActions['copyText']>(),
  } satisfies SidebarActions;
}
