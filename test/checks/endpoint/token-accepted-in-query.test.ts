import { tokenAcceptedInQuery } from '../../../src/checks/endpoint/token-accepted-in-query.ts';
import { placementCases } from './_placement-cases.ts';

placementCases(tokenAcceptedInQuery, 'query');
