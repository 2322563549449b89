export * from './Button';
export * from './Dialog';
export * from './Select';
export * from './TextField';
export * from './Toast';
export * from './QueryStatus';
export * from './Checkbox';
export * from './TextArea';
