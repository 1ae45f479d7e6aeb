/**
 * The pure, typed transcript model: normalise, sort, merge, search and format ConversationEntry
 * data. No DOM, no platform modules: every function is unit-tested on its own.
 */
export * from './types';
export * from './normalize';
export * from './timeFormat';
export * from './search';
export * from './display';
export * from './windowing';
export * from './windowEngine';
export * from './exporters';
export * from './view';
export * from './session';
export * from './liveLog';
export * from './liveMerge';
export * from './entryQuery';
export * from './pager';
export * from './history';
export * from './bookends';
export * from './errors';
export * from './loadView';
export * from './tools';
export * from './exportPlan';
export * from './sessionController';
export * from './historyTimeline';
export * from './historyController';
export * from './linkTarget';
export * from './transcriptView';
export * from './transcriptState';
