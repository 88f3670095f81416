import { render } from 'preact';
import { OptionsApp } from './app';
import './style.css';

document.documentElement.lang = navigator.language.startsWith('en') ? 'en' : 'vi';
render(<OptionsApp />, document.getElementById('app')!);
