import { AuditEventEntity } from '../audit/audit-event.entity';
import { OutboxEntity } from '../outbox/outbox.entity';
import { PatientEntity } from '../patients/patient.entity';
import { PracticeEntity } from '../practices/practice.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { MessageEntity } from '../threads/message.entity';
import { ThreadEntity } from '../threads/thread.entity';
import { InitialSchema1763856000000 } from './migrations/1763856000000-initial-schema';
import { StaffAuth1763870000000 } from './migrations/1763870000000-staff-auth';
import { WorkspaceColumns1763880000000 } from './migrations/1763880000000-workspace-columns';
import { PatientNotifications1763890000000 } from './migrations/1763890000000-patient-notifications';
import { PracticeCalendar1763900000000 } from './migrations/1763900000000-practice-calendar';
import { Engagement1764100000000 } from './migrations/1764100000000-engagement';
import { EngagementMeasureFacts1764300000000 } from './migrations/1764300000000-engagement-measure-facts';
import { EncounterEntity } from '../engagement/encounter.entity';
import { EngagementEventEntity } from '../engagement/engagement-event.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { RoutingRuleSetEntity } from '../rules/routing-rule-set.entity';
import { ReplyTemplateEntity } from '../templates/reply-template.entity';

// Listed, not globbed: the API is bundled by webpack, where file globs find nothing.
export const ENTITIES = [
  PracticeEntity,
  StaffUserEntity,
  PatientEntity,
  ThreadEntity,
  MessageEntity,
  OutboxEntity,
  AuditEventEntity,
  RefreshTokenEntity,
  RoutingRuleSetEntity,
  ReplyTemplateEntity,
  EncounterEntity,
  EngagementEventEntity,
];

export const MIGRATIONS = [InitialSchema1763856000000, StaffAuth1763870000000, WorkspaceColumns1763880000000, PatientNotifications1763890000000, PracticeCalendar1763900000000, Engagement1764100000000, EngagementMeasureFacts1764300000000];
