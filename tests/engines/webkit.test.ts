import { readerScenarios } from './reader-scenarios.ts';

readerScenarios('webkit');
