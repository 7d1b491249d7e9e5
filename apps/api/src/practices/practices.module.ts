import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PracticeEntity } from './practice.entity';
import { PracticeService } from './practice.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([PracticeEntity])],
  providers: [PracticeService],
  exports: [PracticeService],
})
export class PracticesModule {}
