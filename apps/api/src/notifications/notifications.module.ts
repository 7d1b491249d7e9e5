import { DynamicModule, Module } from '@nestjs/common';
import { LoggingPatientNotifier, PATIENT_NOTIFIER } from './patient-notifier';
import { NotificationQueueModule } from './notification-queue.module';
import { NotificationProcessor } from './notification.processor';

/** The notification worker (in worker processes) and the gateway it sends through. */
@Module({})
export class NotificationsModule {
  static register(runWorkers: boolean): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [NotificationQueueModule],
      providers: [{ provide: PATIENT_NOTIFIER, useClass: LoggingPatientNotifier }, ...(runWorkers ? [NotificationProcessor] : [])],
      exports: [PATIENT_NOTIFIER],
    };
  }
}
