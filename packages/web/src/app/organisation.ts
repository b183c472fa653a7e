import { useEffect, useState } from 'react';
import { listAgencies, listRegions } from '../api/admin.js';
import type { Agency, Region } from '../api/types.js';

/** The regions and agencies the user can see, for filters and pickers. */
export interface Organisation {
  regions: Region[];
  agencies: Agency[];
  loading: boolean;
  error: string | null;
  reload: () => void;
}

/** Ids of a region and every region under it. */
export function subtreeIds(regions: readonly Region[], rootId: number): Set<number> {
  const out = new Set<number>();
  const walk = (list: readonly Region[], inside: boolean) => {
    for (const r of list) {
      const hit = inside || r.id === rootId;
      if (hit) out.add(r.id);
      walk(r.children ?? [], hit);
    }
  };
  walk(regions, false);
  return out;
}

/** Every region of the tree in depth-first order, with its depth and full name. */
export function flattenRegions(
  regions: readonly Region[],
): { region: Region; depth: number; path: string }[] {
  const out: { region: Region; depth: number; path: string }[] = [];
  const walk = (list: readonly Region[], depth: number, prefix: string) => {
    for (const r of list) {
      const path = prefix ? `${prefix} / ${r.name}` : r.name;
      out.push({ region: r, depth, path });
      walk(r.children ?? [], depth + 1, path);
    }
  };
  walk(regions, 0, '');
  return out;
}

/** Tree data for antd TreeSelect. */
export interface RegionTreeNode {
  value: number;
  title: string;
  children: RegionTreeNode[];
}

/** The region tree as TreeSelect data. */
export function regionTreeData(regions: readonly Region[]): RegionTreeNode[] {
  return regions.map((r) => ({
    value: r.id,
    title: r.name,
    children: regionTreeData(r.children ?? []),
  }));
}

/** Loads regions and agencies once per page; both lists are small. */
export function useOrganisation(): Organisation {
  const [regions, setRegions] = useState<Region[]>([]);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setLoading(true);
    Promise.all([listRegions(), listAgencies()]).then(
      ([r, a]) => {
        if (!live) return;
        setRegions(r);
        setAgencies([...a].sort((x, y) => x.name.localeCompare(y.name, 'zh-CN')));
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e instanceof Error ? e.message : '无法读取区划和机关。');
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [tick]);
  return { regions, agencies, loading, error, reload: () => setTick((t) => t + 1) };
}
