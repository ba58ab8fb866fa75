import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BootScreen } from './app/boot-screen';
import { bootstrap } from './app/bootstrap';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <BootScreen start={bootstrap} />
  </StrictMode>,
);
