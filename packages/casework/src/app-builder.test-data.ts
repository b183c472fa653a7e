import type { IsoDate } from '@xxgk/calendar';
import type { Application, ApplicantType, CaseEvent } from './application.js';

/** A minimal application for tests: natural person, in person, the given events. */
export function makeApp(
  id: string,
  receivedOn: IsoDate,
  events: CaseEvent[] = [],
  extra: { type?: ApplicantType; content?: string; idNumber?: string; name?: string } = {},
): Application {
  return {
    id,
    agencyId: 'agency-1',
    number: id,
    channel: 'inPerson',
    receivedOn,
    applicant: {
      type: extra.type ?? 'naturalPerson',
      name: extra.name ?? '张三',
      ...(extra.idNumber
        ? { identityDocument: { kind: '居民身份证', number: extra.idNumber } }
        : {}),
    },
    content: extra.content ?? '某项目的环评批复',
    events,
  };
}
