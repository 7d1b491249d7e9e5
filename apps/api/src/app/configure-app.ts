import { type INestApplication, VersioningType } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AllExceptionsFilter } from '../common/all-exceptions.filter';
import { useJsonBody } from '../common/json-body';
import { createValidationPipe } from '../common/validation.pipe';

/** Everything main.ts and the integration tests share, so tests exercise the real set-up. */
export function configureApp(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  useJsonBody(app);
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter(app.get(HttpAdapterHost).httpAdapter));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('CareQueue API')
      .setDescription('Patient-portal messaging for the clinical team: intake, triage, queues and engagement.')
      .setVersion('1')
      .addApiKey({ type: 'apiKey', name: 'X-Api-Key', in: 'header' }, 'portal')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);
}
