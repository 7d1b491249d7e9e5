import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthSession, DemoLogins, StaffProfile } from '@carequeue/contracts';
import { AuthService } from './auth.service';
import { CurrentStaff, Public } from './decorators';
import { LoginDto, RefreshDto } from './dto/login.dto';
import type { Principal } from './principal';

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with e-mail and password; locked for a while after repeated failures' })
  login(@Body() dto: LoginDto): Promise<AuthSession> {
    return this.auth.login(dto.email, dto.password);
  }

  @Public()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair (the old one stops working)' })
  refresh(@Body() dto: RefreshDto): Promise<AuthSession> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End the session this refresh token belongs to' })
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.auth.logout(dto.refreshToken);
  }

  @Public()
  @Get('demo')
  @ApiOperation({ summary: 'Demo sign-in help: the seeded demo users, only while the demo practice is in use' })
  demo(): Promise<DemoLogins> {
    return this.auth.demoLogins();
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in staff member' })
  me(@CurrentStaff() staff: Extract<Principal, { kind: 'staff' }>): Promise<StaffProfile> {
    return this.auth.profile(staff.userId);
  }
}
