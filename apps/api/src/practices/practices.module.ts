import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PracticeEntity } from './practice.entity';
import { PracticeService } from './practice.service';
import { PracticeSettingsController } from './practice-settings.controller';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([PracticeEntity])],
  controllers: [PracticeSettingsController],
  providers: [PracticeService],
  exports: [PracticeService],
})
export class PracticesModule {}
