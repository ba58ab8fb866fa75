import { present } from '../shared/checked-access';
/** EDS2 grades, lowest first, with the colour each is conventionally shown in. */
export const EDS2_GRADES = ['Undeveloped', 'Developing', 'Achieving', 'Excelling'] as const;
export type Eds2Grade = (typeof EDS2_GRADES)[number];
export type Eds2Colour = 'red' | 'amber' | 'green' | 'purple';

export const EDS2_GRADE_COLOURS: Readonly<Record<Eds2Grade, Eds2Colour>> = Object.freeze({
  Undeveloped: 'red',
  Developing: 'amber',
  Achieving: 'green',
  Excelling: 'purple',
});

export interface Eds2Outcome {
  readonly id: string;
  readonly goal: 1 | 2 | 3 | 4;
  readonly wording: string;
  /** False where eds-and-action-plans.md marks the wording [unverified] against the 2013 guidance. */
  readonly wordingVerified: boolean;
}

export interface Eds2Goal {
  readonly goal: 1 | 2 | 3 | 4;
  readonly name: string;
  /** The original EDS (2011) name, still used on many sites: accepted as an alias. */
  readonly alias: string | null;
}

export const EDS2_GOALS: readonly Eds2Goal[] = Object.freeze([
  { goal: 1, name: 'Better health outcomes', alias: 'Better health outcomes for all' },
  { goal: 2, name: 'Improved patient access and experience', alias: null },
  { goal: 3, name: 'A representative and supported workforce', alias: 'Empowered, engaged and well-supported staff' },
  { goal: 4, name: 'Inclusive leadership', alias: 'Inclusive leadership at all levels' },
]);

const o = (id: string, wording: string, wordingVerified = false): Eds2Outcome => ({
  id,
  goal: present(
    EDS2_GOALS.find((goal) => goal.goal === Number(id.charAt(0))),
    `the goal of outcome ${id}`,
  ).goal,
  wording,
  wordingVerified,
});

/** The 18 EDS2 outcomes (NHS England, November 2013), as given in eds-and-action-plans.md §1.2. */
export const EDS2_OUTCOMES: readonly Eds2Outcome[] = Object.freeze([
  o('1.1', 'Services are commissioned, procured, designed and delivered to meet the health needs of local communities'),
  o('1.2', "Individual people's health needs are assessed and met in appropriate and effective ways"),
  o('1.3', 'Transitions from one service to another, for people on care pathways, are made smoothly with everyone well-informed'),
  o('1.4', 'When people use NHS services their safety is prioritised and they are free from mistakes, mistreatment and abuse'),
  o('1.5', 'Screening, vaccination and other health promotion services reach and benefit all local communities'),
  o(
    '2.1',
    'People, carers and communities can readily access hospital, community health or primary care services and should not be denied access on unreasonable grounds',
    true,
  ),
  o('2.2', 'People are informed and supported to be as involved as they wish to be in decisions about their care', true),
  o('2.3', 'People report positive experiences of the NHS', true),
  o('2.4', "People's complaints about services are handled respectfully and efficiently", true),
  o('3.1', 'Fair NHS recruitment and selection processes lead to a more representative workforce at all levels'),
  o('3.2', 'The NHS is committed to equal pay for work of equal value and expects employers to use equal pay audits to help fulfil their legal obligations'),
  o('3.3', 'Training and development opportunities are taken up and positively evaluated by all staff'),
  o('3.4', 'When at work, staff are free from abuse, harassment, bullying and violence from any source'),
  o('3.5', 'Flexible working options are available to all staff consistent with the needs of the service and the way people lead their lives'),
  o('3.6', 'Staff report positive experiences of their membership of the workforce'),
  o('4.1', 'Boards and senior leaders routinely demonstrate their commitment to promoting equality within and beyond their organisations'),
  o(
    '4.2',
    'Papers that come before the Board and other major Committees identify equality-related impacts including risks, and say how these risks are to be managed',
  ),
  o(
    '4.3',
    'Middle managers and other line managers support their staff to work in culturally competent ways within a work environment free from discrimination',
  ),
]);

/** The display colour of an EDS2 grade: Undeveloped red, Developing amber, Achieving green, Excelling purple. */
export function eds2Colour(grade: Eds2Grade): Eds2Colour {
  return EDS2_GRADE_COLOURS[grade];
}
