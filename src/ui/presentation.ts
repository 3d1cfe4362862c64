// Presentation mode: set by a view whose panels are looked at, not used — the wall screen and the briefing deck (on
// screen and in print). Panels and the frame honour it through this one flag: no switches, pickers, buttons,
// disclosures or click hints are rendered, and charts carry no zoom slider, no paged legend and no drag handles.
// Off by default: the overview and the explore view keep every control.
import { createContext, useContext } from 'react';

export const PresentationContext = createContext(false);
export const usePresentation = () => useContext(PresentationContext);
