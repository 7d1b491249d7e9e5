import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { ApiKeyGuard, PortalKeyVerifier } from './api-key.guard';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { RefreshTokenEntity } from './refresh-token.entity';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([StaffUserEntity, RefreshTokenEntity]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.jwtSecret) throw new Error('JWT_SECRET is not set');
        return { secret: config.jwtSecret, signOptions: { algorithm: 'HS256', issuer: 'carequeue' }, verifyOptions: { algorithms: ['HS256'], issuer: 'carequeue' } };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, PortalKeyVerifier, ApiKeyGuard, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, PortalKeyVerifier, ApiKeyGuard, JwtModule],
})
export class AuthModule {}
