// Server-side state that outlives sessions: one draft per account (what each block saved, how
// often), the registered households, the submissions and fault counters. Exposed as JSON at
// /HkdOnline/__replica/state so tests can assert what was (not) saved or submitted.

/** Seed households carry a Vietnamese status text ("Đang hoạt động", "Tạm ngừng…", "Đã chấm dứt…"). */
function statusOf(text) {
  const t = String(text ?? '').toLocaleLowerCase('vi');
  return t.includes('chấm dứt') || t === 'dissolved' ? 'dissolved' : t.includes('tạm ngừng') || t === 'suspended' ? 'suspended' : 'active';
}

function freshState(seedHouseholds) {
  return {
    drafts: new Map(),
    submissions: [],
    households: seedHouseholds.map((h) => ({ ...h, status: statusOf(h.status) })),
    handleSeq: 0xa0,
    certSeq: 0,
    counters: { requests: 0, errors: 0, expiries: 0, saves: 0, refusedSaves: 0 },
  };
}

export function createStore(seed) {
  const seedHouseholds = Array.isArray(seed?.registeredHouseholds) ? seed.registeredHouseholds : [];
  let s = freshState(seedHouseholds);

  return {
    get counters() {
      return s.counters;
    },
    get households() {
      return s.households;
    },
    reset() {
      s = freshState(seedHouseholds);
    },
    draftOf: (account) => s.drafts.get(account),
    draftByHandle: (h) => [...s.drafts.values()].find((d) => d.h === h),
    submissionByHandle: (h) => s.submissions.find((x) => x.h === h),
    submissionsOf: (account) => s.submissions.filter((x) => x.account === account),

    /** Start a draft; the handle is short hex like the real `?h=ac`. */
    newDraft(account) {
      const h = (s.handleSeq++).toString(16);
      const draft = {
        h, account, type: null, step: 'type', block: null, household: null, amendTypes: [],
        initial: {}, blocks: {}, createdAt: new Date().toISOString(),
      };
      s.drafts.set(account, draft);
      return draft;
    },
    discard(account) {
      s.drafts.delete(account);
    },
    saveBlock(draft, key, values, rows) {
      const prev = draft.blocks[key];
      draft.blocks[key] = { values, rows, saves: (prev?.saves ?? 0) + 1, savedAt: new Date().toISOString() };
      s.counters.saves += 1;
    },
    nextCertificateSeq: () => ++s.certSeq,
    /** Record a submission; the draft is closed. */
    submit(draft, result) {
      const submission = { h: draft.h, account: draft.account, type: draft.type, ...result, blocks: draft.blocks };
      s.submissions.push(submission);
      s.drafts.delete(draft.account);
      return submission;
    },
    addHousehold: (household) => s.households.push({ ...household, status: 'active' }),

    snapshot() {
      const drafts = {};
      for (const [account, d] of s.drafts) {
        drafts[account] = {
          h: d.h, type: d.type, step: d.step, block: d.block, amendTypes: d.amendTypes,
          household: d.household,
          blocks: Object.fromEntries(Object.entries(d.blocks).map(([k, b]) => [k, { ...b }])),
        };
      }
      return { drafts, submissions: s.submissions, counters: s.counters };
    },
  };
}
