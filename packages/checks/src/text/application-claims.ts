import { claimPattern, findClaims, otherPeriod, type Claim, type ClaimContext } from './claims.js';
import type { TargetKey } from './application-targets.js';
import type { TextView } from './text-view.js';

const UNIT = String.raw`\s*(?:件次|件|条|个|份|宗|例)`;
/**
 * A measure word, or none right before a sentence mark: “收到和办理依申请公开2，” still states
 * a figure (writing.measure-word reports the missing word).
 */
const UNIT_OR_MARK = String.raw`(?:${UNIT}|(?=[,，。；;]))`;
/** Clauses about other kinds of case: their counts are not applications. */
const NOT_APPLICATIONS = /复议|诉讼|建议|提案|信访|举报|投诉|咨询|留言|来信|来电|热线|12345/u;

const RECEIVED = claimPattern(
  String.raw`(?:新收|收到|受理|接收|接到)(?<span>[^，,。；;：:\d\n]{0,20}?)(?:共|共计|合计)?{N}${UNIT_OR_MARK}`,
);
const NONE_RECEIVED = claimPattern(
  String.raw`(?:未|没有|无)(?:新)?(?:收到|受理|接到|接收)(?:过)?(?:任何)?(?<span>[^，,。；;\d\n]{0,16}?)(?:政府信息公开|依申请公开|信息公开)(?:的)?(?:申请|事项)|(?:无|没有)(?:政府信息公开申请|依申请公开(?:申请|事项)?)(?![^，,。；;\n]{0,8}(?:复议|诉讼|收费|费用))`,
);
const CARRIED_OVER = [
  claimPattern(
    String.raw`(?:上年(?:度)?|上一年(?:度)?|(?<y>\d{4})\s*年(?:度)?)(?:的)?(?:申请)?结转(?:而来)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:事项)?(?:共)?{N}${UNIT}`,
  ),
  claimPattern(
    String.raw`结转上(?:一)?年(?:度)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共)?{N}${UNIT}`,
  ),
];
const NONE_CARRIED_OVER = claimPattern(
  String.raw`(?:无|没有)上(?:一)?年(?:度)?结转|上(?:一)?年(?:度)?(?:无|没有)结转`,
);
const PROCESSED = claimPattern(
  String.raw`(?:办结|答复|办理完毕|处理完毕|办理完成|作出答复|予以答复|完成答复)(?:了)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共|共计)?{N}${UNIT}`,
);
const CARRIED_FORWARD = [
  claimPattern(
    String.raw`结转(?:至|到|入)?(?:下(?:一)?年(?:度)?|(?<y>\d{4})\s*年(?:度)?)(?:继续)?(?:办理|处理|答复)?(?:的)?(?:申请)?(?:共)?{N}${UNIT}`,
  ),
  claimPattern(
    // Arabic digits only here: a pattern that opens with a Chinese numeral would be tried at
    // every 一 of the text.
    String.raw`(?<n>\d+)\s*件(?:申请)?(?:需|将|已)?(?:结转|顺延|转入|延续)(?:至|到|入)?(?:下(?:一)?年(?:度)?|(?<y>\d{4})\s*年(?:度)?)`,
  ),
];
const NONE_CARRIED_FORWARD = claimPattern(
  String.raw`(?:无|没有)(?:需)?(?:结转|顺延)(?:至|到)?下(?:一)?年`,
);

const MENTIONS_APPLICATIONS = /申请/u;

const HANDLED = claimPattern(
  String.raw`办理(?:了)?(?:政府信息公开|依申请公开)(?:申请)?(?:事项)?(?:共|共计)?{N}${UNIT_OR_MARK}`,
);
const NATURAL_PERSONS = claimPattern(
  String.raw`(?:自然人|公民)(?:提出(?:的)?)?(?:申请)?(?:共)?{N}${UNIT}`,
);
const ORGANISATIONS = claimPattern(
  String.raw`法人(?:或|和|及)?其他组织(?:提出(?:的)?)?(?:申请)?(?:共)?{N}${UNIT}`,
);
const outcome = (words: string) =>
  claimPattern(String.raw`(?:${words})(?:的)?(?:申请)?(?:共)?{N}${UNIT}`);

const OUTCOMES: readonly [TargetKey, RegExp][] = [
  ['granted', outcome('(?<!部分)(?:予以公开|同意公开|全部公开)')],
  ['partiallyGranted', outcome('部分(?:予以)?公开')],
  ['withheld', outcome('不予公开')],
  ['unableToProvide', outcome('无法提供')],
  ['notProcessed', outcome('不予处理')],
  ['otherHandling', outcome('其他处理')],
];

/**
 * Every figure about applications the narrative states, with what it is a figure of: received,
 * handled, by kind of applicant, carried over, answered, carried forward, or an outcome.
 */
export function applicationClaims(
  view: TextView,
  year: number | null,
): { target: TargetKey; claim: Claim }[] {
  const plain = (c: ClaimContext) => !NOT_APPLICATIONS.test(c.clause);
  const thisYear = (c: ClaimContext) => plain(c) && !otherPeriod(c.before, year);
  const aboutApplications = (c: ClaimContext) =>
    MENTIONS_APPLICATIONS.test(c.sentence) && thisYear(c);
  const out: { target: TargetKey; claim: Claim }[] = [];
  const add = (target: TargetKey, list: Claim[]) =>
    list.forEach((claim) => out.push({ target, claim }));
  add(
    'received',
    findClaims(view, RECEIVED, (c) => {
      const span = c.match.groups?.span ?? '';
      return /申请/u.test(span) && !NOT_APPLICATIONS.test(span) && !otherPeriod(c.before, year);
    }),
  );
  add(
    'received',
    findClaims(
      view,
      NONE_RECEIVED,
      (c) => !NOT_APPLICATIONS.test(c.match.groups?.span ?? '') && !otherPeriod(c.before, year),
    ),
  );
  add('handled', findClaims(view, HANDLED, thisYear));
  add('naturalPersons', findClaims(view, NATURAL_PERSONS, aboutApplications));
  add('organisations', findClaims(view, ORGANISATIONS, aboutApplications));
  const lastYear = (y: string | undefined) =>
    y === undefined || year === null || Number(y) === year - 1;
  for (const re of CARRIED_OVER)
    add(
      'carriedOver',
      findClaims(view, re, (c) => plain(c) && lastYear(c.match.groups?.y)),
    );
  add('carriedOver', findClaims(view, NONE_CARRIED_OVER, plain));
  add(
    'totalProcessed',
    findClaims(view, PROCESSED, (c) => aboutApplications(c) && !/其中/u.test(c.before)),
  );
  const nextYear = (c: ClaimContext) => {
    const y = c.match.groups?.y;
    return y === undefined || year === null || Number(y) === year + 1;
  };
  for (const re of CARRIED_FORWARD)
    add(
      'carriedForward',
      findClaims(view, re, (c) => plain(c) && nextYear(c)),
    );
  add('carriedForward', findClaims(view, NONE_CARRIED_FORWARD, plain));
  for (const [target, re] of OUTCOMES) add(target, findClaims(view, re, thisYear));
  return out;
}
