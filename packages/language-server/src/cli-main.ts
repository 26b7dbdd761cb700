#!/usr/bin/env node
import { startServer } from './node.js';

// The stdio entry point bundled for the VS Code extension and the protocol tests.
startServer();
