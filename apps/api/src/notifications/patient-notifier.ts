import { Injectable, Logger } from '@nestjs/common';
import { graphemeLength } from '@carequeue/templates';

export interface PatientNotification {
  patientId: string;
  channel: 'sms' | 'email';
  /** No clinical content: "You have a new message from …". */
  text: string;
}

/**
 * The gateway that reaches patients (an SMS or e-mail provider). Outside the product, so it is
 * an interface: production binds a provider's adapter, the demo and tests this logging one.
 */
export interface PatientNotifier {
  send(notification: PatientNotification): Promise<void>;
}

export const PATIENT_NOTIFIER = Symbol('PATIENT_NOTIFIER');

/** Logs that a notification went out: patient id, channel and length, never the text. */
@Injectable()
export class LoggingPatientNotifier implements PatientNotifier {
  private readonly logger = new Logger('PatientNotifier');

  async send(notification: PatientNotification): Promise<void> {
    this.logger.log({ patientId: notification.patientId, channel: notification.channel, length: graphemeLength(notification.text) }, 'patient notified');
  }
}
