<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nn_NO">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Sjå i:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Fil&amp;type:</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Type</source>
      <comment>All other platforms</comment>
      <translation>Filtype</translation>
    </message>
    <message>
      <source>Kind</source>
      <comment>Match OS X Finder</comment>
      <translation>Sort</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Mappe</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>Match Windows Explorer</comment>
      <translation>Filmappe</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Stasjon</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fil</translation>
    </message>
  </context>
</TS>