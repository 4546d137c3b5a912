import { readerScenarios } from './reader-scenarios.ts';

readerScenarios('firefox');
