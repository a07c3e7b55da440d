/** A session cookie for a demo account, logged in through the app as a browser does (the API's tests use the same). */
export { logInOverHttp as logIn } from '@samsyn/api/testing';
