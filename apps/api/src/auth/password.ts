import { hash, verify } from 'argon2';

// argon2id with the library's defaults (64 MiB, 3 passes): slow enough to resist guessing,
// about 50 ms per sign-in on these machines.
export function hashPassword(password: string): Promise<string> {
  return hash(password, { type: 2 /* argon2id */ });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
