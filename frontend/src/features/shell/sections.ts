/**
 * The workspaces of Clearance and the groups that open them. The UI only hides what a group may
 * not use; the server enforces it.
 */
export type Section = {
  id: 'inbox' | 'compose' | 'posts' | 'crisis' | 'consents' | 'dashboard' | 'rules' | 'processes' | 'accounts';
  label: string;
  path: string;
  groups: readonly string[];
  description: string;
  /** Set while the section has no screen yet: says what is missing, instead of showing anything made up. */
  notYetAvailable?: string;
};

/** Members of this group see every section. */
export const ADMIN_GROUP = 'admins';

export const SECTIONS: readonly Section[] = [
  {
    id: 'inbox',
    label: 'Inbox',
    path: '/inbox',
    groups: ['compliance', 'legal', 'crisis-leads'],
    description: 'Review the posts that screening sent to compliance or legal (and crisis updates), then approve or reject them.',
  },
  {
    id: 'compose',
    label: 'Compose',
    path: '/compose',
    groups: ['authors'],
    description: 'Draft posts and submit them for screening and approval.',
  },
  {
    id: 'posts',
    label: 'My posts',
    path: '/posts',
    groups: ['authors'],
    description: 'Follow your posts through review to publication, with the timeline of each.',
  },
  {
    id: 'crisis',
    label: 'Crisis',
    path: '/crisis',
    groups: ['crisis-leads'],
    description: 'Open a crisis incident and fast-track its statements.',
  },
  {
    id: 'consents',
    label: 'Consents',
    path: '/consents',
    groups: ['compliance', 'legal'],
    description: 'The patient consent registry: what each consent covers, until when; compliance records and revokes them.',
  },
  {
    id: 'dashboard',
    label: 'Dashboard',
    path: '/dashboard',
    groups: ['compliance', 'legal'],
    description: 'Queue sizes, time in each stage, SLA breaches and findings over time.',
  },
  {
    id: 'rules',
    label: 'Rules',
    path: '/rules',
    groups: ['rules-admins'],
    description: 'Manage the screening rule packs and see which version is live.',
  },
  {
    id: 'processes',
    label: 'Processes',
    path: '/processes',
    groups: ['modelers'],
    description: 'Inspect and deploy the approval processes.',
  },
  {
    id: 'accounts',
    label: 'Accounts',
    path: '/accounts',
    groups: [ADMIN_GROUP],
    description: 'Connect the platform accounts posts go out on (tokens stored encrypted, never shown) and disconnect them.',
  },
];

export function sectionsFor(groups: readonly string[]): Section[] {
  if (groups.includes(ADMIN_GROUP)) {
    return [...SECTIONS];
  }
  return SECTIONS.filter((section) => section.groups.some((group) => groups.includes(group)));
}
