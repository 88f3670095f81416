import { render } from 'preact';
render(<main>dashboard</main>, document.getElementById('app')!);
