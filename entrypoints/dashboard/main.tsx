// The supervisor's dashboard page (dashboard.html): renders the app; the app reads Dexie directly.
import { render } from 'preact';
import { App } from './app';
import { t } from '@/utils/i18n';
import './style.css';

document.title = t('dash_title');
render(<App />, document.getElementById('app')!);
