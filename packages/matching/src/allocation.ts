// Allocation: propose candidates across all open needs so that the total score is as high as
// possible, with at most `capacity` proposals per need and per participant (b-matching).
//
// Exact method: min-cost flow by successive shortest paths, one participant unit at a time
// (the Hungarian/Jonker–Volgenant order). Network: participant →(score)→ need →(capacity)→ T, plus
// participant → T at cost 0 ("not proposed"), so every unit is routed and min cost = −max score.
// Dijkstra on reduced costs (Johnson potentials, initialised by row reduction so arcs into T from
// nodes with room are tight) stops as soon as T is settled, and never queues a node at or beyond
// the best distance to T found so far (a node with room reports its T distance the moment it is
// reached), so an augmentation touches a few dozen nodes. Scores are scaled to integers (1e-6) so
// the arithmetic is exact. Pairs with a hard blocker must simply not be in the input.

export interface AllocationProblem {
  needs: ReadonlyArray<{ id: string; capacity: number }>;
  participants: ReadonlyArray<{ id: string; capacity: number }>;
  pairs: ReadonlyArray<{ needId: string; participantId: string; score: number }>;
}

export interface Assignment {
  needId: string;
  participantId: string;
  score: number;
}

export interface Allocation {
  assignments: Assignment[];
  totalScore: number;
}

/** The problem with ints: edges are (participant, need, score). */
export interface PairGraph {
  needCount: number;
  participantCount: number;
  needCapacity: Int32Array;
  participantCapacity: Int32Array;
  edgeNeed: Int32Array;
  edgeParticipant: Int32Array;
  edgeScore: Float64Array;
}

const SCALE = 1e6;

export function toPairGraph(problem: AllocationProblem): {
  graph: PairGraph;
  needIds: string[];
  participantIds: string[];
} {
  const needIndex = new Map<string, number>();
  const needIds: string[] = [];
  const needCap: number[] = [];
  for (const n of problem.needs) {
    if (needIndex.has(n.id)) throw new RangeError(`Behovet ${n.id} finns två gånger`);
    needIndex.set(n.id, needIds.length);
    needIds.push(n.id);
    needCap.push(capacityOf(n.capacity, n.id));
  }
  const partIndex = new Map<string, number>();
  const participantIds: string[] = [];
  const partCap: number[] = [];
  for (const p of problem.participants) {
    if (partIndex.has(p.id)) throw new RangeError(`Deltagaren ${p.id} finns två gånger`);
    partIndex.set(p.id, participantIds.length);
    participantIds.push(p.id);
    partCap.push(capacityOf(p.capacity, p.id));
  }
  // Keep the best score per (need, participant); drop non-positive scores (never worth proposing).
  const best = new Map<string, { n: number; p: number; score: number }>();
  for (const pair of problem.pairs) {
    const n = needIndex.get(pair.needId);
    const p = partIndex.get(pair.participantId);
    if (n === undefined) throw new RangeError(`Paret hänvisar till okänt behov ${pair.needId}`);
    if (p === undefined) throw new RangeError(`Paret hänvisar till okänd deltagare ${pair.participantId}`);
    if (!Number.isFinite(pair.score)) throw new RangeError('Poäng måste vara ett ändligt tal');
    if (pair.score <= 0) continue;
    const key = `${n}:${p}`;
    const prev = best.get(key);
    if (!prev || prev.score < pair.score) best.set(key, { n, p, score: pair.score });
  }
  const m = best.size;
  const edgeNeed = new Int32Array(m);
  const edgeParticipant = new Int32Array(m);
  const edgeScore = new Float64Array(m);
  let i = 0;
  for (const { n, p, score } of best.values()) {
    edgeNeed[i] = n;
    edgeParticipant[i] = p;
    edgeScore[i++] = score;
  }
  return {
    graph: {
      needCount: needIds.length,
      participantCount: participantIds.length,
      needCapacity: Int32Array.from(needCap),
      participantCapacity: Int32Array.from(partCap),
      edgeNeed,
      edgeParticipant,
      edgeScore,
    },
    needIds,
    participantIds,
  };
}

function capacityOf(c: number, id: string): number {
  if (!Number.isInteger(c) || c < 0) throw new RangeError(`Kapaciteten för ${id} måste vara ett heltal ≥ 0`);
  return c;
}

function fromSelection(
  graph: PairGraph,
  selected: Uint8Array,
  needIds: string[],
  participantIds: string[],
): Allocation {
  const assignments: Assignment[] = [];
  let total = 0;
  for (let e = 0; e < selected.length; e++) {
    if (!selected[e]) continue;
    const score = graph.edgeScore[e]!;
    assignments.push({
      needId: needIds[graph.edgeNeed[e]!]!,
      participantId: participantIds[graph.edgeParticipant[e]!]!,
      score,
    });
    total += score;
  }
  assignments.sort((a, b) => (a.needId < b.needId ? -1 : a.needId > b.needId ? 1 : b.score - a.score));
  return { assignments, totalScore: Math.round(total * SCALE) / SCALE };
}

/** Exact maximum-score allocation. */
export function allocate(problem: AllocationProblem): Allocation {
  const { graph, needIds, participantIds } = toPairGraph(problem);
  return fromSelection(graph, allocateExactGraph(graph), needIds, participantIds);
}

/** Greedy floor: best pairs first while capacities allow (not optimal; for comparison). */
export function allocateGreedy(problem: AllocationProblem): Allocation {
  const { graph, needIds, participantIds } = toPairGraph(problem);
  return fromSelection(graph, allocateGreedyGraph(graph), needIds, participantIds);
}

export function allocateGreedyGraph(g: PairGraph): Uint8Array {
  const m = g.edgeScore.length;
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) order[i] = i;
  order.sort((a, b) => g.edgeScore[b]! - g.edgeScore[a]! || a - b);
  const needLoad = new Int32Array(g.needCount);
  const partLoad = new Int32Array(g.participantCount);
  const selected = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    const e = order[i]!;
    const n = g.edgeNeed[e]!;
    const p = g.edgeParticipant[e]!;
    if (needLoad[n]! < g.needCapacity[n]! && partLoad[p]! < g.participantCapacity[p]!) {
      selected[e] = 1;
      needLoad[n]!++;
      partLoad[p]!++;
    }
  }
  return selected;
}

/** Returns, per edge, 1 if the pair is proposed in a maximum-score allocation. */
export function allocateExactGraph(g: PairGraph): Uint8Array {
  // Augment from the side with fewer units to place: fewer Dijkstra runs, and the other side
  // mostly has room, so paths are short. The optimum is the same either way.
  const units = (cap: Int32Array, ends: Int32Array) => {
    const degree = new Int32Array(cap.length);
    for (let e = 0; e < ends.length; e++) degree[ends[e]!]!++;
    let u = 0;
    for (let i = 0; i < cap.length; i++) u += Math.min(cap[i]!, degree[i]!);
    return u;
  };
  if (units(g.needCapacity, g.edgeNeed) < units(g.participantCapacity, g.edgeParticipant))
    return successiveShortestPaths({
      needCount: g.participantCount,
      participantCount: g.needCount,
      needCapacity: g.participantCapacity,
      participantCapacity: g.needCapacity,
      edgeNeed: g.edgeParticipant,
      edgeParticipant: g.edgeNeed,
      edgeScore: g.edgeScore,
    });
  return successiveShortestPaths(g);
}

/** The augmenting side is called "participant" here (rows); see allocateExactGraph. */
function successiveShortestPaths(g: PairGraph): Uint8Array {
  const P = g.participantCount;
  const N = g.needCount;
  const m = g.edgeScore.length;
  const V = P + N + 1;
  const T = P + N;
  // CSR: edges out of each participant.
  const outStart = new Int32Array(P + 1);
  for (let e = 0; e < m; e++) outStart[g.edgeParticipant[e]! + 1]!++;
  for (let p = 0; p < P; p++) outStart[p + 1]! += outStart[p]!;
  const outEdge = new Int32Array(m);
  {
    const fill = outStart.slice(0, P);
    for (let e = 0; e < m; e++) outEdge[fill[g.edgeParticipant[e]!]!++] = e;
  }
  const cost = new Float64Array(m);
  for (let e = 0; e < m; e++) cost[e] = -Math.round(g.edgeScore[e]! * SCALE);
  // Assigned edges per need, in fixed-size slots (capacity each).
  const needStart = new Int32Array(N + 1);
  for (let n = 0; n < N; n++) needStart[n + 1] = needStart[n]! + g.needCapacity[n]!;
  const needSlots = new Int32Array(needStart[N]!);
  const needLoad = new Int32Array(N);
  const posInNeed = new Int32Array(m);
  const assigned = new Uint8Array(m);

  // Potentials valid for the empty flow (no cycles yet), by row reduction as in Jonker–Volgenant:
  // each augmenting-side node starts at its best score, the other side and T at 0. Then every arc
  // into T from a node with room left is tight (reduced cost 0) and stays so (such a node's load
  // never goes down, and it is never settled before T), so Dijkstra stops at the first node with
  // room: augmenting paths are found after exploring a small neighbourhood.
  // rc(p→n) = cost + pot[p] − pot[n] = best(p) − score ≥ 0; rc(p→T) = best(p) ≥ 0; rc(n→T) = 0.
  const pot = new Float64Array(V);
  for (let e = 0; e < m; e++) {
    const p = g.edgeParticipant[e]!;
    if (-cost[e]! > pot[p]!) pot[p] = -cost[e]!;
  }

  const dist = new Float64Array(V);
  const seen = new Int32Array(V); // generation stamp: dist valid when seen[v] === gen
  const done = new Int32Array(V);
  const pred = new Int32Array(V); // edge id for participants/needs; node id for T
  const settled = new Int32Array(V);
  let heapKey = new Float64Array(1024);
  let heapNode = new Int32Array(1024);
  let gen = 0;

  for (let round = 0, maxCap = maxOf(g.participantCapacity); round < maxCap; round++) {
    for (let src = 0; src < P; src++) {
      if (g.participantCapacity[src]! <= round || outStart[src + 1] === outStart[src]) continue;
      gen++;
      let hs = 0;
      let settledCount = 0;
      dist[src] = 0;
      seen[src] = gen;
      // push(src)
      heapKey[0] = 0;
      heapNode[0] = src;
      hs = 1;
      let D = 0;
      let bestT = Number.POSITIVE_INFINITY;
      for (;;) {
        if (hs === 0)
          throw new Error('allocation: T unreachable (cannot happen: every participant reaches T)');
        // pop min
        const key = heapKey[0]!;
        const u = heapNode[0]!;
        hs--;
        if (hs > 0) {
          const lk = heapKey[hs]!;
          const ln = heapNode[hs]!;
          let i = 0;
          for (;;) {
            const l = 2 * i + 1;
            if (l >= hs) break;
            const r = l + 1;
            const c = r < hs && heapKey[r]! < heapKey[l]! ? r : l;
            if (heapKey[c]! >= lk) break;
            heapKey[i] = heapKey[c]!;
            heapNode[i] = heapNode[c]!;
            i = c;
          }
          heapKey[i] = lk;
          heapNode[i] = ln;
        }
        if (done[u] === gen || key > dist[u]!) continue;
        done[u] = gen;
        if (u === T) {
          D = key;
          break;
        }
        settled[settledCount++] = u;
        const pu = pot[u]!;
        // Relax: collect (v, rc, edge) and push.
        if (u < P) {
          // participant: forward to unassigned needs; dummy to T.
          for (let k = outStart[u]!, kend = outStart[u + 1]!; k < kend; k++) {
            const e = outEdge[k]!;
            if (assigned[e]) continue;
            const v = P + g.edgeNeed[e]!;
            const nd = key + cost[e]! + pu - pot[v]!;
            // Nothing at or beyond the best known distance to T can improve it: not even queued.
            if (nd >= bestT) continue;
            if (seen[v] !== gen || nd < dist[v]!) {
              seen[v] = gen;
              dist[v] = nd;
              pred[v] = e;
              if (hs === heapKey.length) [heapKey, heapNode] = growHeap(heapKey, heapNode);
              hs = siftUp(heapKey, heapNode, hs, nd, v);
              // A need with room left reaches T right away: record it now so bestT tightens early.
              if (needLoad[v - P]! < g.needCapacity[v - P]!) {
                const viaT = nd + pot[v]! - pot[T]!;
                if (viaT < bestT) {
                  bestT = viaT;
                  seen[T] = gen;
                  dist[T] = viaT;
                  pred[T] = v;
                  if (hs === heapKey.length) [heapKey, heapNode] = growHeap(heapKey, heapNode);
                  hs = siftUp(heapKey, heapNode, hs, viaT, T);
                }
              }
            }
          }
          const nd = key + pu - pot[T]!;
          if (nd < bestT) {
            bestT = nd;
            seen[T] = gen;
            dist[T] = nd;
            pred[T] = u;
            if (hs === heapKey.length) [heapKey, heapNode] = growHeap(heapKey, heapNode);
            hs = siftUp(heapKey, heapNode, hs, nd, T);
          }
        } else {
          const n = u - P;
          // need: back along assigned edges to their participants; to T if capacity is left.
          for (let k = needStart[n]!, kend = k + needLoad[n]!; k < kend; k++) {
            const e = needSlots[k]!;
            const v = g.edgeParticipant[e]!;
            const nd = key - cost[e]! + pu - pot[v]!;
            if (nd >= bestT) continue;
            if (seen[v] !== gen || nd < dist[v]!) {
              seen[v] = gen;
              dist[v] = nd;
              pred[v] = e;
              if (hs === heapKey.length) [heapKey, heapNode] = growHeap(heapKey, heapNode);
              hs = siftUp(heapKey, heapNode, hs, nd, v);
            }
          }
          if (needLoad[n]! < g.needCapacity[n]!) {
            const nd = key + pu - pot[T]!;
            if (nd < bestT) {
              bestT = nd;
              seen[T] = gen;
              dist[T] = nd;
              pred[T] = u;
              if (hs === heapKey.length) [heapKey, heapNode] = growHeap(heapKey, heapNode);
              hs = siftUp(heapKey, heapNode, hs, nd, T);
            }
          }
        }
      }
      // Potentials: settled nodes move by d − D (others by 0, after dropping a uniform shift).
      for (let i = 0; i < settledCount; i++) {
        const v = settled[i]!;
        pot[v]! += dist[v]! - D;
      }
      // Augment one unit along the path back from T.
      let v = pred[T]!;
      while (v !== src) {
        const e = pred[v]!;
        if (v >= P) {
          // reached need v via forward edge e: propose the pair
          const n = v - P;
          const slot = needStart[n]! + needLoad[n]!++;
          needSlots[slot] = e;
          posInNeed[e] = slot;
          assigned[e] = 1;
          v = g.edgeParticipant[e]!;
        } else {
          // reached participant v via reverse edge e: withdraw that proposal
          const n = g.edgeNeed[e]!;
          const last = needStart[n]! + --needLoad[n]!;
          const moved = needSlots[last]!;
          needSlots[posInNeed[e]!] = moved;
          posInNeed[moved] = posInNeed[e]!;
          assigned[e] = 0;
          v = P + n;
        }
      }
    }
  }
  return assigned;
}

function maxOf(a: Int32Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) if (a[i]! > m) m = a[i]!;
  return m;
}

function siftUp(keys: Float64Array, nodes: Int32Array, size: number, key: number, node: number): number {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (keys[parent]! <= key) break;
    keys[i] = keys[parent]!;
    nodes[i] = nodes[parent]!;
    i = parent;
  }
  keys[i] = key;
  nodes[i] = node;
  return size + 1;
}

function growHeap(
  keys: Float64Array,
  nodes: Int32Array,
): [Float64Array<ArrayBuffer>, Int32Array<ArrayBuffer>] {
  const k = new Float64Array(keys.length * 2);
  k.set(keys);
  const n = new Int32Array(nodes.length * 2);
  n.set(nodes);
  return [k, n];
}

/** Sum of the scores of selected edges. */
export function selectionScore(g: PairGraph, selected: Uint8Array): number {
  let s = 0;
  for (let e = 0; e < selected.length; e++) if (selected[e]) s += g.edgeScore[e]!;
  return s;
}
