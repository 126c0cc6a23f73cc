/** Signs in through the form, as a browser does, and returns the session cookie header. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const form = await fetch(`${baseUrl}/sign-in`);
  const csrfCookie = cookieNamed(form.headers.getSetCookie(), 'kk_csrf');
  const csrf = /name="_csrf"\s+value="([^"]+)"/.exec(await form.text())?.[1];
  if (!csrfCookie || !csrf) throw new Error('The sign-in page gave no form token.');
  const response = await fetch(`${baseUrl}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ email, password, _csrf: csrf }),
  });
  const session = cookieNamed(response.headers.getSetCookie(), 'kk_session');
  if (response.status !== 303 || !session)
    throw new Error(`Signing in as ${email} failed with status ${response.status}.`);
  return session;
}

function cookieNamed(setCookies: string[], name: string): string | undefined {
  return setCookies.map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${name}=`));
}
