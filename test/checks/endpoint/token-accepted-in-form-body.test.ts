import { tokenAcceptedInFormBody } from '../../../src/checks/endpoint/token-accepted-in-form-body.ts';
import { placementCases } from './_placement-cases.ts';

placementCases(tokenAcceptedInFormBody, 'form');
