import { createLabKnightsPanel } from './lab-knights-panel.js';
import type { LabPanelFactory } from './lab-panels.js';
import { createLabRunesPanel } from './lab-runes-panel.js';
import { createLabWizardPanel } from './lab-wizard-panel.js';

/**
 * The Lab's views beside the memory picture, in the order of their tabs. Each is a module of
 * its own (lab-panels.ts says what a panel is given and must do).
 */
export const LAB_PANELS: readonly LabPanelFactory[] = [createLabRunesPanel, createLabWizardPanel, createLabKnightsPanel];
