import { listRules, type DeadlineRule } from '@umbrella/domain';

/** The rule catalogue's id prefixes, named for the picker's groups. */
const GROUP_LABELS: Record<string, string> = {
  nrm: 'NRM referral',
  asylum: 'Asylum claim',
  police: 'Police report',
  cica: 'Criminal injuries compensation',
  social: 'Social services',
  sar: 'Subject access requests',
  comms: 'Letters and replies',
};

export interface RuleGroup {
  label: string;
  rules: DeadlineRule[];
}

/** The rules grouped by the kind of matter their id starts with, in catalogue order. */
export function ruleGroups(): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const rule of listRules()) {
    const prefix = rule.id.split('.')[0] ?? '';
    let group = groups.get(prefix);
    if (!group) {
      group = { label: GROUP_LABELS[prefix] ?? prefix, rules: [] };
      groups.set(prefix, group);
    }
    group.rules.push(rule);
  }
  return [...groups.values()];
}
