import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { Session } from '../identity.types';
import { AuthService } from './auth.service';

/** Passport local: email + password → a session (the `login` mutation). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: { ip?: string }, email: string, password: string): Promise<Session> {
    return this.auth.login(email, password, req.ip ?? null);
  }
}
